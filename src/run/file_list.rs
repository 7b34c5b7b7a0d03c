//! Every file of a run, kept past the screen pass for the rounds that follow wrappers across
//! files (`wrappers`): the words each file's imports name (`ImportWords`), its group, and its
//! path, front-coded.
//!
//! The list lives through the analysis, beside the syntax trees, so what it takes a file is
//! what the run's peak memory grows by as the tree grows. Paths come in walk order, where
//! neighbours share most of their bytes (`django/db/models/fields/related.py`, then
//! `.../related_descriptors.py`), so each path keeps only what differs from the one before it,
//! with a whole path every `RESTART` files so that one is rebuilt in a few steps. A round reads
//! the words of every file and rebuilds the path only of those whose words match. On the
//! benchmark corpus (26,428 files) the list takes about 2.3 MiB, against 4.2 MiB with each
//! path whole.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use crate::core::import_words::ImportWords;

/// Every how many files a path is kept whole.
const RESTART: usize = 16;

pub struct FileList {
    /// The paths the run was given, as it shows them, which name the modules of folders
    /// without `__init__.py` (`package::Modules`).
    pub roots: Vec<PathBuf>,
    /// The import words of each file.
    words: Vec<ImportWords>,
    /// Each file's group, and how many bytes its path shares with the one before it (none at
    /// a restart).
    files: Vec<(u32, u32)>,
    /// Where each file's own bytes end in `bytes`.
    ends: Vec<usize>,
    /// The bytes of each path after what it shares, one after another.
    bytes: Vec<u8>,
}

impl FileList {
    /// The files of each group, in order, and the import words of each, in the same order.
    /// Each path is dropped once packed, so that the walk's list and this one are not both
    /// whole at once.
    pub fn new(roots: Vec<PathBuf>, groups: Vec<Vec<PathBuf>>, words: Vec<ImportWords>) -> Self {
        let count = words.len();
        let mut list = FileList {
            roots,
            words,
            files: Vec::with_capacity(count),
            ends: Vec::with_capacity(count),
            bytes: Vec::new(),
        };
        let mut previous = PathBuf::new();
        for (group, files) in groups.into_iter().enumerate() {
            let group = u32::try_from(group).unwrap_or(u32::MAX);
            for path in files {
                let bytes = path.as_os_str().as_encoded_bytes();
                let shared = match list.files.len() % RESTART {
                    0 => 0,
                    _ => shared_prefix(previous.as_os_str().as_encoded_bytes(), bytes),
                };
                list.bytes.extend_from_slice(&bytes[shared..]);
                list.ends.push(list.bytes.len());
                list.files.push((group, u32::try_from(shared).unwrap_or(0)));
                previous = path;
            }
        }
        list.bytes.shrink_to_fit();
        list
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The import words and the group of the file at `index`.
    pub fn words(&self, index: usize) -> (ImportWords, usize) {
        (self.words[index], self.files[index].0 as usize)
    }

    /// The path of the file at `index`, rebuilt from the last whole path before it.
    pub fn path(&self, index: usize) -> PathBuf {
        let mut path: Vec<u8> = Vec::new();
        for at in index - index % RESTART..=index {
            path.truncate(self.files[at].1 as usize);
            path.extend_from_slice(self.own_bytes(at));
        }
        // SAFETY: `path` is the bytes `as_encoded_bytes` gave for one `OsStr`: its first
        // `shared` bytes are those of the path before it, which `new` checked are equal, and
        // the rest are its own, stored whole. The prefix ends at a byte where both paths had
        // the same encoded bytes so far, and `shared_prefix` cuts only before an ASCII byte
        // or at a path's end, never inside a multi-byte character, as
        // `from_encoded_bytes_unchecked` requires.
        let path = unsafe { OsStr::from_encoded_bytes_unchecked(&path) };
        Path::new(path).to_path_buf()
    }

    /// Call `visit` with the index and path of every file, in order. Each path is rebuilt
    /// from the one before it in one buffer, where `path` rebuilds each from the last whole
    /// path and allocates it: a pass over every file of the benchmark corpus with `path` was
    /// 34 M instructions on the main thread, while the workers waited (`handed`).
    pub fn for_each_path(&self, mut visit: impl FnMut(usize, &Path)) {
        let mut path: Vec<u8> = Vec::new();
        for at in 0..self.len() {
            path.truncate(self.files[at].1 as usize);
            path.extend_from_slice(self.own_bytes(at));
            // SAFETY: as in `path`: the bytes of one `OsStr`, rebuilt as `path` rebuilds them.
            let whole = unsafe { OsStr::from_encoded_bytes_unchecked(&path) };
            visit(at, Path::new(whole));
        }
    }

    fn own_bytes(&self, at: usize) -> &[u8] {
        let start = at.checked_sub(1).map_or(0, |before| self.ends[before]);
        &self.bytes[start..self.ends[at]]
    }
}

/// How many leading bytes `a` and `b` share, cut back to just after the last `/` they share,
/// so that the cut never falls inside a character of either path.
fn shared_prefix(a: &[u8], b: &[u8]) -> usize {
    let same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    a[..same]
        .iter()
        .rposition(|&c| c == b'/')
        .map_or(0, |slash| slash + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_come_back_whole_with_their_group_and_words() {
        let first = [PathBuf::from("a/x.py"), PathBuf::from("é/y.py")];
        let second = [PathBuf::from("b/z.py")];
        let words = ImportWords::of(b"import os\n");
        let imported = vec![ImportWords::ALL, words, ImportWords::ALL];
        let list = FileList::new(Vec::new(), vec![first.to_vec(), second.to_vec()], imported);
        assert_eq!(list.len(), 3);
        assert_eq!(list.path(0), Path::new("a/x.py"));
        assert_eq!(list.path(1), Path::new("é/y.py"));
        assert_eq!(list.path(2), Path::new("b/z.py"));
        assert_eq!(list.words(1), (words, 0));
        assert_eq!(list.words(2), (ImportWords::ALL, 1));
    }

    #[test]
    fn neighbours_share_their_folders_across_restarts() {
        let mut paths: Vec<PathBuf> = (0..40)
            .map(|i| PathBuf::from(format!("project/package/subpackage/module_{i:02}.py")))
            .collect();
        paths.push(PathBuf::from("project/package/é/ü.py"));
        paths.push(PathBuf::from("project/package/é/üb.py"));
        paths.push(PathBuf::from("other.py"));
        let imported = vec![ImportWords::default(); paths.len()];
        let list = FileList::new(Vec::new(), vec![paths.clone()], imported);
        for (index, path) in paths.iter().enumerate() {
            assert_eq!(&list.path(index), path);
        }
        let mut visited = Vec::new();
        list.for_each_path(|index, path| visited.push((index, path.to_path_buf())));
        assert_eq!(
            visited,
            paths.iter().cloned().enumerate().collect::<Vec<_>>()
        );
        let whole: usize = paths.iter().map(|p| p.as_os_str().len()).sum();
        assert!(
            list.bytes.len() * 2 < whole,
            "{} of {whole}",
            list.bytes.len()
        );
    }
}
